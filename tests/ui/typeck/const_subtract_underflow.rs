// An unsigned subtraction underflowing in a `static` initializer: E0080.
const CAPACITY: usize = 8;
const USED: usize = 10;
static FREE: usize = CAPACITY - USED;

fn main() {
    println!("{}", FREE);
}
