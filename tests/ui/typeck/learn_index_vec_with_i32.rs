fn get(v: &Vec<i32>, i: i32) -> i32 {
    v[i]
}
fn main() {
    println!("{}", get(&vec![1], 0));
}
