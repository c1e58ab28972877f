// `+=` on an immutable binding inside a loop: E0384.
fn main() {
    let sum = 0;
    for i in 1..=4 {
        sum += i;
    }
    println!("{sum}");
}
