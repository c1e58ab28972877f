// A closure reading a Vec keeps it borrowed while the closure is still used: E0502.
fn main() {
    let mut scores = vec![3, 1, 4];
    let total = || scores.iter().sum::<i32>();
    scores.push(1);
    println!("{}", total());
}
