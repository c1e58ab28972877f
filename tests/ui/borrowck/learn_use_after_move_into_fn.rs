fn total(v: Vec<i32>) -> i32 {
    v.iter().sum()
}

fn main() {
    let nums = vec![1, 2, 3];
    let t = total(nums);
    println!("{} {}", t, nums.len());
}
