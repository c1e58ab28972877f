// A Vec moved into a function call, then used again: E0382.
fn total(values: Vec<i32>) -> i32 {
    values.iter().sum()
}

fn main() {
    let scores = vec![3, 5, 8];
    let t = total(scores);
    println!("total {t} of {} scores", scores.len());
}
