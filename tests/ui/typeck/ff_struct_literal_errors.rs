// Struct literals with a wrong field type, a missing field and a misspelled field.
#[derive(Debug)]
struct Config {
    name: String,
    port: u16,
    verbose: bool,
}

#[derive(Debug)]
struct Point {
    x: f64,
    y: f64,
}

fn main() {
    let c = Config { name: "srv", port: 8080, verbose: true };
    let d = Config { name: String::new(), port: 80 };
    let p = Point { x: 1.0, yy: 2.0 };
    let q = Point { x: 1, y: 2.0 };
    println!("{:?} {:?} {:?} {:?}", c, d, p, q);
}
