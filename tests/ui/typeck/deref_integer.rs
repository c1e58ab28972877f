// Dereferencing a value that is not a pointer: E0614.
fn main() {
    let numbers = [1, 2, 3];
    let mut total = 0;
    for i in 0..numbers.len() {
        total += *numbers[i] * 2;
    }
    println!("{total}");
}
