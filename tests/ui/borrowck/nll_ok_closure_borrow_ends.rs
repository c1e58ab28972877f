// A closure borrowing a Vec is last used before the Vec is mutated: accepted.
fn main() {
    let mut scores = vec![3, 1, 4];
    let total = || scores.iter().sum::<i32>();
    println!("{}", total());
    scores.push(1);
    let mut bump = |d: i32| {
        for s in scores.iter_mut() {
            *s += d;
        }
    };
    bump(1);
    bump(2);
    println!("{:?}", scores);
}
