// A fixed-length slice pattern in a `let` on a slice: E0005.
fn main() {
    let v = vec![1, 2, 3];
    let [a, b, c] = v.as_slice();
    println!("{a} {b} {c}");
}
