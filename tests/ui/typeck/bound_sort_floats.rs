// Sorting a `Vec<f64>`: floats are not `Ord`: E0277.
fn main() {
    let mut readings = vec![3.2, 1.5, 2.8];
    readings.sort();
    println!("{:?}", readings);
}
