// Calling an associated function (no `self`) with method syntax: E0599.
struct Counter {
    value: u32,
}

impl Counter {
    fn new() -> Counter {
        Counter { value: 0 }
    }
    fn reset(c: &mut Counter) {
        c.value = 0;
    }
}

fn main() {
    let mut c = Counter::new();
    c.value = 5;
    c.reset();
    println!("{}", c.value);
}
