// Collecting floats into a `HashSet`: `f64` is neither `Eq` nor `Hash`: E0277.
use std::collections::HashSet;

fn main() {
    let samples = vec![0.5, 0.25, 0.5];
    let unique: HashSet<f64> = samples.into_iter().collect();
    println!("{}", unique.len());
}
