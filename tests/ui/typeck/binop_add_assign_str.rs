// `+=` on a `&str` binding: E0368.
fn main() {
    let mut message = "hello";
    message += ", world";
    println!("{message}");
}
