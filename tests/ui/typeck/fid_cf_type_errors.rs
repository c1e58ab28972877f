use std::collections::HashMap;
use std::fmt::Display;

struct Inventory {
    items: HashMap<String, u32>,
}

impl Inventory {
    fn count(&self, name: &str) -> u32 {
        self.items.get(name)
    }

    fn add(&mut self, name: &str, n: u32) {
        *self.items.entry(name).or_insert(0) += n;
    }

    fn total(&self) -> u64 {
        self.items.values().sum()
    }
}

fn largest<T>(xs: &[T]) -> &T {
    let mut best = &xs[0];
    for x in xs {
        if x > best {
            best = x;
        }
    }
    best
}

fn show<T: Display>(t: T) -> String {
    format!("<{}>", t)
}

fn main() {
    let mut inv = Inventory { items: HashMap::new() };
    inv.add("apple", 3);
    let c: i32 = inv.count("apple");
    println!("{}", show(vec![1, 2]));
    let total = inv.total() + 1i32;
    let words = vec!["a", "b"];
    let joined: String = words.iter().map(|w| w.len()).collect();
    println!("{} {} {} {}", c, total, joined, largest(&[1, 2]));
    let maybe: Option<u32> = Some(3);
    let v: u32 = maybe + 1;
    if v {
        println!("yes");
    }
    match maybe {
        Some(n) if n > 2 => println!("big"),
        None => println!("none"),
    }
}
