// A `main` whose tail expression has a value it cannot return: E0308.
fn main() {
    let args: Vec<i32> = vec![1, 2, 3];
    let sum: i32 = args.iter().sum();
    println!("{sum}");
    sum
}
