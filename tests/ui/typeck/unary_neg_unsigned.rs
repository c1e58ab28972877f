// Negating an unsigned integer: E0600.
fn main() {
    let offset: u32 = 5;
    let back = -offset;
    println!("{back}");
}
