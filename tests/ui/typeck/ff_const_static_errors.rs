// Constants and statics: a wrong literal type, a non-const call, and `static mut` access.
const MAX_USERS: u8 = 300;
const GREETING: &str = 5;
static mut COUNTER: u32 = 0;

fn bump() {
    COUNTER += 1;
}

fn main() {
    bump();
    println!("{} {}", MAX_USERS, GREETING);
}
