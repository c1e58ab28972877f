// A failed constant used by value and borrowed: each use gets a note, the borrow too.
const BUCKETS: u32 = 0;
const PER_BUCKET: u32 = 1024 / BUCKETS;
fn show(n: &u32) -> u32 {
    *n
}
fn main() {
    let a = PER_BUCKET;
    let b = show(&PER_BUCKET);
    let _ = (a, b);
}
