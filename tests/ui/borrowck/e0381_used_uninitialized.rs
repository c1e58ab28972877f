// Reading a declared but never initialized binding: E0381.
fn main() {
    let count: usize;
    let items = vec![1, 2, 3];
    println!("{} items, count {}", items.len(), count);
}
