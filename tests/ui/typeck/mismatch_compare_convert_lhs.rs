// Comparing integers of different types: the lhs converts losslessly with `From`.
fn main() {
    let small: i32 = 7;
    let big: i64 = 9;
    if small == big {
        println!("same");
    }
}
