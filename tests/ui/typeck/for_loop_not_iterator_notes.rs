// `for` over something that is not an iterator: std's `IntoIterator` texts for the type.
fn main() {
    for _ in 5i32 {}
    for _ in ..5 {}
    for _ in 2.5 {}
    let s = String::from("ab");
    for _ in s {}
}
