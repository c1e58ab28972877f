// Traits that are not in scope or not declared: E0405.
struct Money(u64);

impl Displayy for Money {}

fn total<T: Summable>(items: &[T]) -> usize {
    items.len()
}

fn main() {
    println!("{}", total(&[Money(1)]));
}
