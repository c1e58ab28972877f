fn main() {
    let nested = ((1.5, 2.5), (3.5, 4.5));
    let x = nested.1.0;
    let y = nested.0.1f64;
    println!("{} {}", x, y);
}
