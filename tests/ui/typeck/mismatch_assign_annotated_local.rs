// Assigning to an annotated local: rustc points at the annotation.
fn main() {
    let mut total: u64 = 0;
    let parts = vec![1u8, 2, 3];
    total = parts.len();
    println!("{}", total);
}
