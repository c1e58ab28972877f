fn main() {
    let mut v: Vec<i32> = Vec::new();
    v.push_back(3);
    let s = String::from("abc");
    println!("{}", s.size());
}
