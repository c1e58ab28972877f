trait Area {
    pub fn area(&self) -> f64;
}

struct Circle {
    r: f64,
}

impl Area Circle {
    fn area(&self) -> f64 {
        3.14 * self.r * self.r
    }
}

fn main() {
    println!("{}", Circle { r: 1.0 }.area());
}
