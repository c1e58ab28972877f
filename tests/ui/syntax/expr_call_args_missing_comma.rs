fn volume(w: f64, h: f64, d: f64) -> f64 {
    w * h * d
}

fn main() {
    let v = volume(2.0, 3.0 4.0);
    println!("{}", v);
}
