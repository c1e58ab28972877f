fn clamp(value: i32 lo: i32, hi: i32) -> i32 {
    if value < lo {
        lo
    } else if value > hi {
        hi
    } else {
        value
    }
}

fn main() {
    println!("{}", clamp(15, 0, 10));
}
