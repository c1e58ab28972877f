// Indexing a `Vec` with an `i32` instead of a `usize`: E0277.
fn main() {
    let temps = vec![18.5, 21.0, 19.25];
    let day: i32 = 1;
    println!("{}", temps[day]);
}
