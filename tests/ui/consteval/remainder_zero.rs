// A remainder with a divisor of zero, through another constant: E0080.
const DIV: u64 = 0;
const REM: u64 = 17 % DIV;

fn main() {}
