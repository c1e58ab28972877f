// Building a struct with a private field from outside its module: E0451.
mod shapes {
    pub struct Circle {
        pub radius: f64,
        area_cache: f64,
    }
}

fn main() {
    let c = shapes::Circle { radius: 1.0, area_cache: 0.0 };
    println!("{}", c.radius);
}
