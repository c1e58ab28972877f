// Using an integer while it is mutably borrowed: E0503.
fn main() {
    let mut level = 1;
    let r = &mut level;
    let copy = level + 1;
    *r += 1;
    println!("{copy} {level}");
}
