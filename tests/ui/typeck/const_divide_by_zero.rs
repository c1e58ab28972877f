// A constant dividing by zero: E0080.
const BUCKETS: u32 = 0;
const PER_BUCKET: u32 = 1024 / BUCKETS;

fn main() {
    println!("{}", PER_BUCKET);
}
