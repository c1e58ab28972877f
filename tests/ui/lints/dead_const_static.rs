const LIMIT: i32 = 10;
static NAME: &str = "x";
const USED: i32 = 1;
fn main() { println!("{}", USED); }
