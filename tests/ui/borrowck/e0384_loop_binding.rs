// Reassigning the immutable binding introduced by a `for` loop: E0384.
fn main() {
    let temps = vec![12, -3, 7];
    for t in temps {
        if t < 0 {
            t = 0;
        }
        println!("{t}");
    }
}
