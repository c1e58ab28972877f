fn area(r: f64) -> f64 {
    3.14159 * r * r
}

fn main() {
    let radius = 1.0foo;
    println!("{}", area(radius));
}
