// Calling a function with too few arguments: E0061.
fn clamp(value: i32, low: i32, high: i32) -> i32 {
    value.max(low).min(high)
}

fn main() {
    let v = clamp(15, 0);
    println!("{v}");
}
