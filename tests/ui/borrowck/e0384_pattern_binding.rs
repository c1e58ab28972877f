// Reassigning a binding introduced by a tuple pattern: E0384.
fn main() {
    let (lo, hi) = (10, 3);
    if lo > hi {
        lo = hi;
    }
    println!("{lo} {hi}");
}
