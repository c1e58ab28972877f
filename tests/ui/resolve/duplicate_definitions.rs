// Two items with the same name in one namespace: E0428 (twice).
struct Point {
    x: i32,
}

fn distance() -> i32 {
    0
}

struct Point {
    y: i32,
}

fn distance() -> i32 {
    1
}

fn main() {
    println!("{}", distance());
}
