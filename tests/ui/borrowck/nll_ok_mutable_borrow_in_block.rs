// A mutable borrow confined to an inner block, then shared access after it.
fn main() {
    let mut scores = vec![70, 85, 90];
    {
        let top = scores.iter_mut().max().unwrap();
        *top += 5;
    }
    let avg = scores.iter().sum::<i32>() / scores.len() as i32;
    println!("{:?} {avg}", scores);
}
