// Function parameters must be irrefutable patterns.
fn first((Some(a), b): (Option<i32>, i32)) -> i32 {
    a + b
}

fn main() {
    println!("{}", first((Some(1), 2)));
}
