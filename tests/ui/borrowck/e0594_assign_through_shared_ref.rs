// Assigning through a `&` reference: E0594.
fn reset(score: &u32) {
    *score = 0;
}

fn main() {
    let mut s = 99;
    reset(&s);
    println!("{s}");
}
