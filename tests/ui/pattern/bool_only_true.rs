// `bool` with one literal: the other one is the witness.
fn main() {
    let ready = true;
    match ready {
        true => println!("go"),
    }
}
