// Adding an `i32` to an `i64` (no implicit widening): E0308, E0277.
fn main() {
    let small: i32 = 40;
    let big: i64 = 2;
    let sum = small + big;
    println!("{sum}");
}
