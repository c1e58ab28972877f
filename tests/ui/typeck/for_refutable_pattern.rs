// A refutable pattern in a `for` loop: E0005.
fn main() {
    let entries = vec![Some(1), None, Some(3)];
    for Some(value) in entries {
        println!("{value}");
    }
}
