fn main() {
    let nested = ((1, 2), (3, 4));
    let x = nested.1.0;
    let y = nested.0.1e1;
    println!("{} {}", x, y);
}
