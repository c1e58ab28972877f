// Calling `Type::new()` when the type defines no such associated function: E0599.
#[derive(Debug)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

fn main() {
    let m = Matrix::new(2, 2);
    println!("{:?}", m);
}
