// A `for` pattern must match every item.
fn main() {
    let items = vec![Some(1), None, Some(3)];
    for Some(n) in items {
        println!("{n}");
    }
}
