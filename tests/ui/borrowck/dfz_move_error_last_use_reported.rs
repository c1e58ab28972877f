// One E0382 per move: rustc keeps the last use it meets, unless that use is of a place the
// already reported one is part of (`inv` after `inv.items`).
#[derive(Default)]
struct Inventory {
    items: Vec<String>,
    next: u32,
}

impl Inventory {
    fn count(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let inv = Inventory::default();
    let _moved = inv;
    println!("{}", inv.count());
    let first = inv.items.first().cloned();
    println!("{:?} {}", first, inv.items.len());
    println!("{}", inv.next + 1);
}
