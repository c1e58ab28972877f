// A closure borrowing a Vec immutably while it is mutated: E0502.
fn main() {
    let mut scores = vec![1, 2, 3];
    let total = || scores.iter().sum::<i32>();
    scores.push(4);
    println!("{}", total());
}
