// `self` in an associated function without a receiver: E0424.
struct Counter {
    n: u32,
}

impl Counter {
    fn new() -> Self {
        Counter { n: 0 }
    }

    fn bump() -> u32 {
        self.n + 1
    }
}

fn main() {
    let c = Counter::new();
    println!("{}", c.n);
}
