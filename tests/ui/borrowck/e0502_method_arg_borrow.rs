// A `&mut self` method called with an argument that borrows the same struct: E0502.
struct Inventory {
    items: Vec<String>,
}

impl Inventory {
    fn add_all(&mut self, extra: &[String]) {
        for e in extra {
            self.items.push(e.clone());
        }
    }
}

fn main() {
    let mut inv = Inventory { items: vec![String::from("apple")] };
    inv.add_all(&inv.items);
    println!("{}", inv.items.len());
}
