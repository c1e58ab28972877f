// Two-phase borrows with a user-defined `&mut self` method taking a value computed from `self`.
struct Counter {
    total: u64,
}

impl Counter {
    fn add(&mut self, n: u64) {
        self.total += n;
    }
    fn current(&self) -> u64 {
        self.total
    }
}

fn main() {
    let mut c = Counter { total: 1 };
    for _ in 0..5 {
        c.add(c.current());
    }
    println!("{}", c.total);
}
