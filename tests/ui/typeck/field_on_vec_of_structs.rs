// Accessing an element's field on the `Vec` itself: E0609.
struct Order {
    id: u32,
    total: f64,
}

fn main() {
    let orders = vec![Order { id: 1, total: 9.5 }, Order { id: 2, total: 3.0 }];
    println!("{}", orders.total);
}
