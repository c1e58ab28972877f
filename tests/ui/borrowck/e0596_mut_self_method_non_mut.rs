// Calling a `&mut self` method on a binding declared without `mut`: E0596.
struct Counter {
    hits: u32,
}

impl Counter {
    fn hit(&mut self) {
        self.hits += 1;
    }
}

fn main() {
    let c = Counter { hits: 0 };
    c.hit();
    println!("{}", c.hits);
}
