fn main() {
    let nums = vec![1, 2, 3];
    let squares: Vec<i32> = nums.iter().map((n) => n * n).collect();
    println!("{:?}", squares);
}
