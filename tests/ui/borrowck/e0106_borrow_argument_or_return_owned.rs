// Returning references with nothing to borrow from: rustc suggests `'static`, borrowing
// the arguments, or returning an owned value (`String` for `&str`).
struct Point {
    x: i32,
}

fn label(n: i32) -> &str {
    if n > 0 { "pos" } else { "neg" }
}

fn both(a: i32, b: u8) -> &str {
    if a > b as i32 { "a" } else { "b" }
}

fn origin() -> &Point {
    &Point { x: 0 }
}

fn first<T>(v: T) -> &T {
    &v
}

fn main() {
    println!("{} {} {}", label(1), both(1, 2), origin().x);
    let _ = first(3);
}
