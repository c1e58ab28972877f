// An integer used as a loop condition (Rust has no truthiness): E0308.
fn main() {
    let mut remaining = 3;
    while remaining {
        println!("{remaining}");
        remaining -= 1;
    }
}
