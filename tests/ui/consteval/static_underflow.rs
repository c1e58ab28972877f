// A `static` whose initializer underflows: E0080.
const USED: u32 = 5;
static LEFT: u32 = USED - 6;

fn main() {}
