// Reading a value while a mutable borrow of it is still used later: E0503.
fn main() {
    let mut level = 3;
    let r = &mut level;
    let label = match level {
        0 => "none",
        _ => "some",
    };
    *r += 1;
    println!("{label} {level}");
}
