// Mixing up associated functions and methods, and `self` where there is none.
struct Counter {
    n: u32,
}

impl Counter {
    fn new() -> Self {
        Counter { n: 0 }
    }

    fn reset() {
        self.n = 0;
    }

    fn get(&self) -> u32 {
        self.n
    }
}

fn main() {
    let c = Counter::new();
    let d = c.new();
    let n = Counter::get();
    println!("{} {}", n, d.n);
}
