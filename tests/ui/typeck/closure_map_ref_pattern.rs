// Destructuring `&(a, b)` in a closure over an iterator of owned tuples: E0308.
fn main() {
    let pairs = vec![(1, 'a'), (2, 'b')];
    let nums: Vec<i32> = pairs.into_iter().map(|&(n, _)| n).collect();
    println!("{:?}", nums);
}
