// Comparing an integer while it is mutably borrowed through a live reference: E0503.
fn main() {
    let mut retries = 0u8;
    let r = &mut retries;
    while retries < 3 {
        *r += 1;
    }
    println!("{retries}");
}
