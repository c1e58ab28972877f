// `let 5 = x;`: the `if let` suggestion and the hint that identifiers cannot start with
// digits.
fn main() {
    let x = 5;
    let 5 = x;
    println!("{x}");
}
