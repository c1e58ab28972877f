const lower_c: i32 = 1;
static mixedCase: i32 = 2;
fn main() { println!("{} {}", lower_c, mixedCase); }
