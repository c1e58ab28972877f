// `Type::Assoc` where the associated type comes from a trait impl: E0223.
struct Counter;

impl Iterator for Counter {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        None
    }
}

fn main() {
    let x: Counter::Item = 5;
    println!("{x}");
}
