// Calling a closure with the wrong number of arguments: E0057.
fn main() {
    let add = |a: i32, b: i32| a + b;
    let total = add(1, 2, 3);
    println!("{total}");
}
