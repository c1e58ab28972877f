fn main() {
    let text = "1 2 3";
    let nums = text.split(' ').map(|s| s.parse<i32>().unwrap());
    println!("{:?}", nums.collect::<Vec<_>>());
}
