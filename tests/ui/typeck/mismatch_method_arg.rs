// A method argument of the wrong type (`&str` pushed onto a `Vec<String>`): E0308.
struct Inventory {
    items: Vec<String>,
}

impl Inventory {
    fn add(&mut self, item: String) {
        self.items.push(item);
    }
}

fn main() {
    let mut inv = Inventory { items: Vec::new() };
    inv.add("sword");
    println!("{}", inv.items.len());
}
