#[derive(Debug, Clone]
struct Item {
    id: u32,
}

fn main() {
    let i = Item { id: 1 };
    println!("{:?}", i.clone());
}
