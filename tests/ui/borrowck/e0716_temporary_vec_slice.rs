// Keeping a slice of a temporary Vec returned by a function: E0716.
fn make() -> Vec<i32> {
    vec![1, 2, 3]
}

fn main() {
    let first_two: &[i32];
    first_two = &make()[..2];
    println!("{:?}", first_two);
}
