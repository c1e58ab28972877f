// Formatting a struct with `{}` when it does not implement `Display`: E0277.
struct Point {
    x: f64,
    y: f64,
}

fn main() {
    let p = Point { x: 1.0, y: 2.5 };
    println!("the point is {}", p);
}
