// `pow` overflowing in a constant: E0080 inside std's `pow`.
const HUGE: u64 = 10u64.pow(20);

fn main() {}
