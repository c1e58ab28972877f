// Calling an integer method on a `Result` returned by `parse`: E0599.
fn main() {
    let input = "-17";
    let value = input.parse::<i32>();
    println!("{}", value.abs());
}
