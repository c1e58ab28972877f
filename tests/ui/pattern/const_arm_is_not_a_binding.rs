// An arm that names a constant matches its value only.
const ZERO: i32 = 0;

fn check(n: i32) -> &'static str {
    match n {
        ZERO => "zero",
    }
}

fn main() {
    println!("{}", check(0));
}
