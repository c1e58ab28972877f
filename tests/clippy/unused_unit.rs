// unused_unit: `-> ()` on a function.

fn checks() -> () {
    println!("x");
}

fn generic<T: std::fmt::Debug>(t: T) -> () {
    println!("{:?}", t);
}

// Near misses: no return type, a real return type.
fn near() -> i32 {
    1
}

#[allow(clippy::unused_unit)]
fn allowed() -> () {
    println!("y");
}

fn main() {
    checks();
    generic(1);
    allowed();
    println!("{}", near());
}
