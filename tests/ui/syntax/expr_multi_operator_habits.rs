fn clamp01(x: f64) -> f64 {
    x < 0.0 ? 0.0 : x
}

fn between(a: i32, b: i32, c: i32) -> bool {
    a < b < c
}

fn main() {
    let mut n = 0;
    n++;
    println!("{} {} {}", clamp01(-1.5), between(1, 2, 3), n);
}
