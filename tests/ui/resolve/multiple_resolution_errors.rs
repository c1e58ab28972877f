// A small program with several independent resolution errors.
use std::collections::HashSet;
use std::io::Reader;

#[derive(Debug)]
struct Inventory {
    items: Vec<Item>,
}

impl Inventory {
    fn add(&mut self, name: &str) {
        self.items.push(Item::new(name));
    }

    fn count(&self) -> usize {
        itms.len()
    }
}

fn main() {
    let mut inv = Inventory { items: Vec::new() };
    inv.add("apple");
    let seen: HashSet<&str> = HashSet::new();
    println!("{} {}", inv.count(), seen.len());
    prnt(inv);
}
