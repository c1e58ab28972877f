// An irrefutable `if let` under `#[deny(irrefutable_let_patterns)]` on the function.
#[deny(irrefutable_let_patterns)]
fn main() {
    let pair = (1, 2);
    if let (a, b) = pair {
        println!("{a} {b}");
    }
}
