// Calling `unwrap` on a value that is not an `Option`/`Result`: E0599.
fn main() {
    let names = vec!["ann", "bob"];
    let count = names.len().unwrap();
    println!("{count}");
}
