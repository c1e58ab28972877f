// A method written outside its `impl` block: the `self` parameter is parsed, then rejected.
struct Circle {
    r: f64,
}

fn area(&self) -> f64 {
    3.14 * self.r * self.r
}

fn main() {
    let c = Circle { r: 1.0 };
    println!("{}", area(&c));
}
