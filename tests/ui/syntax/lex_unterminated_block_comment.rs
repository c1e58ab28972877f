/* Compute the sum of squares.
 * Nested /* comments */ must be closed too.
fn sum_squares(v: &[i32]) -> i32 {
    v.iter().map(|x| x * x).sum()
}

fn main() {
    println!("{}", sum_squares(&[1, 2, 3]));
}
